package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPage;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.services.blocking.beta.directories.FileService;
import java.util.function.Consumer;

/**
 * Directories of documents ({@code /api/v1/beta/directories}); their entries are in {@link #files()}.
 *
 * <pre>{@code
 * DirectoryService directories = client.beta().directories();
 * DirectoryCreateResponse dir = directories.create(DirectoryCreateParams.builder().name("docs").build());
 * directories.files().upload(dir.id(), FileUploadParams.builder().uploadFile(Path.of("a.txt")).build());
 * directories.list().autoPager().forEach(d -> System.out.println(d.name()));
 * directories.delete(dir.id());
 * }</pre>
 */
public interface DirectoryService {

    /** A view of this service with modified options; this one is not changed. */
    DirectoryService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** The entries of directories. */
    FileService files();

    DirectoryCreateResponse create(DirectoryCreateParams params, RequestOptions requestOptions);

    default DirectoryCreateResponse create(DirectoryCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** Lists directories, newest first. */
    DirectoryListPage list(DirectoryListParams params, RequestOptions requestOptions);

    default DirectoryListPage list(DirectoryListParams params) {
        return list(params, RequestOptions.none());
    }

    default DirectoryListPage list() {
        return list(DirectoryListParams.none());
    }

    default DirectoryListPage list(RequestOptions requestOptions) {
        return list(DirectoryListParams.none(), requestOptions);
    }

    DirectoryGetResponse get(DirectoryGetParams params, RequestOptions requestOptions);

    default DirectoryGetResponse get(DirectoryGetParams params) {
        return get(params, RequestOptions.none());
    }

    default DirectoryGetResponse get(String directoryId, DirectoryGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default DirectoryGetResponse get(String directoryId, DirectoryGetParams params) {
        return get(directoryId, params, RequestOptions.none());
    }

    default DirectoryGetResponse get(String directoryId) {
        return get(directoryId, DirectoryGetParams.none());
    }

    default DirectoryGetResponse get(String directoryId, RequestOptions requestOptions) {
        return get(directoryId, DirectoryGetParams.none(), requestOptions);
    }

    /** Renames or re-describes a directory. */
    DirectoryUpdateResponse update(DirectoryUpdateParams params, RequestOptions requestOptions);

    default DirectoryUpdateResponse update(DirectoryUpdateParams params) {
        return update(params, RequestOptions.none());
    }

    default DirectoryUpdateResponse update(
            String directoryId, DirectoryUpdateParams params, RequestOptions requestOptions) {
        return update(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default DirectoryUpdateResponse update(String directoryId, DirectoryUpdateParams params) {
        return update(directoryId, params, RequestOptions.none());
    }

    default DirectoryUpdateResponse update(String directoryId) {
        return update(directoryId, DirectoryUpdateParams.none());
    }

    default DirectoryUpdateResponse update(String directoryId, RequestOptions requestOptions) {
        return update(directoryId, DirectoryUpdateParams.none(), requestOptions);
    }

    /** Deletes a directory with its entries; refused (409) while an index reads from it. */
    void delete(DirectoryDeleteParams params, RequestOptions requestOptions);

    default void delete(DirectoryDeleteParams params) {
        delete(params, RequestOptions.none());
    }

    default void delete(String directoryId, DirectoryDeleteParams params, RequestOptions requestOptions) {
        delete(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default void delete(String directoryId, DirectoryDeleteParams params) {
        delete(directoryId, params, RequestOptions.none());
    }

    default void delete(String directoryId) {
        delete(directoryId, DirectoryDeleteParams.none());
    }

    default void delete(String directoryId, RequestOptions requestOptions) {
        delete(directoryId, DirectoryDeleteParams.none(), requestOptions);
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link DirectoryService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        DirectoryService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        FileService.WithRawResponse files();

        HttpResponseFor<DirectoryCreateResponse> create(DirectoryCreateParams params, RequestOptions requestOptions);

        default HttpResponseFor<DirectoryCreateResponse> create(DirectoryCreateParams params) {
            return create(params, RequestOptions.none());
        }

        HttpResponseFor<DirectoryListPage> list(DirectoryListParams params, RequestOptions requestOptions);

        default HttpResponseFor<DirectoryListPage> list(DirectoryListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<DirectoryListPage> list() {
            return list(DirectoryListParams.none());
        }

        default HttpResponseFor<DirectoryListPage> list(RequestOptions requestOptions) {
            return list(DirectoryListParams.none(), requestOptions);
        }

        HttpResponseFor<DirectoryGetResponse> get(DirectoryGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<DirectoryGetResponse> get(DirectoryGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<DirectoryGetResponse> get(String directoryId, DirectoryGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponseFor<DirectoryGetResponse> get(String directoryId, DirectoryGetParams params) {
            return get(directoryId, params, RequestOptions.none());
        }

        default HttpResponseFor<DirectoryGetResponse> get(String directoryId) {
            return get(directoryId, DirectoryGetParams.none());
        }

        default HttpResponseFor<DirectoryGetResponse> get(String directoryId, RequestOptions requestOptions) {
            return get(directoryId, DirectoryGetParams.none(), requestOptions);
        }

        HttpResponseFor<DirectoryUpdateResponse> update(DirectoryUpdateParams params, RequestOptions requestOptions);

        default HttpResponseFor<DirectoryUpdateResponse> update(DirectoryUpdateParams params) {
            return update(params, RequestOptions.none());
        }

        default HttpResponseFor<DirectoryUpdateResponse> update(
            String directoryId, DirectoryUpdateParams params, RequestOptions requestOptions) {
            return update(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponseFor<DirectoryUpdateResponse> update(String directoryId, DirectoryUpdateParams params) {
            return update(directoryId, params, RequestOptions.none());
        }

        default HttpResponseFor<DirectoryUpdateResponse> update(String directoryId) {
            return update(directoryId, DirectoryUpdateParams.none());
        }

        default HttpResponseFor<DirectoryUpdateResponse> update(String directoryId, RequestOptions requestOptions) {
            return update(directoryId, DirectoryUpdateParams.none(), requestOptions);
        }

        HttpResponse delete(DirectoryDeleteParams params, RequestOptions requestOptions);

        default HttpResponse delete(DirectoryDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default HttpResponse delete(String directoryId, DirectoryDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponse delete(String directoryId, DirectoryDeleteParams params) {
            return delete(directoryId, params, RequestOptions.none());
        }

        default HttpResponse delete(String directoryId) {
            return delete(directoryId, DirectoryDeleteParams.none());
        }

        default HttpResponse delete(String directoryId, RequestOptions requestOptions) {
            return delete(directoryId, DirectoryDeleteParams.none(), requestOptions);
        }
    }
}
