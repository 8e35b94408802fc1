package dev.quire.search.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Quire's configset, one per vector dimension ({@code quire-v2-d384}): the schema fixes the dense
 * vector field's dimension, and collections of one dimension share it. Written straight to
 * ZooKeeper under {@code /configs}, as {@code solr zk upconfig} does, so it is trusted and needs no
 * upload API; writing it twice (two Quire nodes starting) writes the same bytes.
 */
final class SolrConfigSet {
    private static final String[] FILES = {"schema.xml", "solrconfig.xml"};
    /**
     * Bumped whenever the files change: existing collections keep the configset they were made with.
     * 2: the stored-only second_vector field.
     */
    private static final int VERSION = 2;

    private SolrConfigSet() {
    }

    static String name(int dimension) {
        return "quire-v" + VERSION + "-d" + dimension;
    }

    /** Uploads the configset for {@code dimension} unless ZooKeeper has it; returns its name. */
    static String ensure(SolrNodes nodes, int dimension) {
        String name = name(dimension);
        String root = "/configs/" + name;
        // The schema goes last: its presence marks a complete configset.
        if (nodes.exists(root + "/schema.xml")) {
            return name;
        }
        for (int i = FILES.length - 1; i >= 0; i--) {
            String text = resource(FILES[i]).replace("@DIMENSION@", Integer.toString(dimension));
            nodes.write(root + "/" + FILES[i], text.getBytes(StandardCharsets.UTF_8));
        }
        return name;
    }

    private static String resource(String file) {
        try (InputStream in = SolrConfigSet.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
