package dev.quire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void property_names_become_the_official_sdks_java_names() {
        assertThat(Names.camel("last_updated_at")).isEqualTo("lastUpdatedAt");
        assertThat(Names.camel("is_error")).isEqualTo("isError");
        assertThat(Names.camel("default")).isEqualTo("default_");
        assertThat(Names.pascal("job_metadata")).isEqualTo("JobMetadata");
        assertThat(Names.pascal("2fa")).isEqualTo("_2fa");
    }

    @Test
    void known_values_become_constants() {
        assertThat(Names.constant("text_delta")).isEqualTo("TEXT_DELTA");
        assertThat(Names.constant("hybrid-v2")).isEqualTo("HYBRID_V2");
        assertThat(Names.constant("inProgress")).isEqualTo("IN_PROGRESS");
        assertThat(Names.constant("COMPLETED")).isEqualTo("COMPLETED");
        assertThat(Names.constant("1x")).isEqualTo("_1X");
    }

    @Test
    void list_adders_use_the_singular() {
        assertThat(Names.singular("indexIds")).isEqualTo("indexId");
        assertThat(Names.singular("entries")).isEqualTo("entry");
        assertThat(Names.singular("addresses")).isEqualTo("address");
        assertThat(Names.singular("status")).isEqualTo("status");
        assertThat(Names.singular("data")).isEqualTo("data");
    }

    @Test
    void text_is_safe_in_javadoc_and_literals() {
        assertThat(Names.javadoc("a < b */ @x")).isEqualTo("a &lt; b *&#47; {@literal @}x");
        assertThat(Names.literal("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    }
}
