package dev.quire.search.solr;

import dev.quire.common.ConfigurationError;
import dev.quire.search.SearchSettings;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;

/**
 * The cluster as ZooKeeper describes it: which Solr nodes are live ({@code /live_nodes}) and the
 * configsets ({@code /configs}). The connect string may carry a chroot, which the ZooKeeper client
 * applies to every path. A session that expires is replaced on the next call.
 */
final class SolrNodes implements AutoCloseable {
    private static final int SESSION_TIMEOUT_MILLIS = 30_000;
    private static final long CONNECT_TIMEOUT_SECONDS = 10;

    private final String zkHost;
    private ZooKeeper zk;
    /** The last read of /live_nodes, dropped when ZooKeeper says it changed: no read per request. */
    private volatile List<URI> liveCache;
    private final AtomicLong liveChanges = new AtomicLong();

    private SolrNodes(String zkHost, ZooKeeper zk) {
        this.zkHost = zkHost;
        this.zk = zk;
    }

    static SolrNodes connect(String zkHost) {
        SolrNodes nodes = new SolrNodes(zkHost, open(zkHost));
        try {
            if (nodes.zk().exists("/live_nodes", false) == null) {
                nodes.close();
                throw new ConfigurationError(SearchSettings.ZK_HOST + "=" + zkHost + " reaches ZooKeeper, but it holds no "
                        + "SolrCloud cluster (no /live_nodes; is the chroot right?)");
            }
        } catch (KeeperException e) {
            nodes.close();
            throw new ConfigurationError("cannot read SolrCloud state from ZooKeeper at " + zkHost + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return nodes;
    }

    private static ZooKeeper open(String zkHost) {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeper zk;
        try {
            zk = new ZooKeeper(zkHost, SESSION_TIMEOUT_MILLIS, event -> {
                if (event.getState() == Watcher.Event.KeeperState.SyncConnected) {
                    connected.countDown();
                }
            });
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationError(SearchSettings.ZK_HOST + " is not a usable ZooKeeper address: " + zkHost, e);
        }
        try {
            if (!connected.await(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                closeQuietly(zk);
                throw new ConfigurationError("cannot reach ZooKeeper at " + zkHost + " (" + SearchSettings.ZK_HOST
                        + ") within " + CONNECT_TIMEOUT_SECONDS + "s");
            }
        } catch (InterruptedException e) {
            closeQuietly(zk);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to ZooKeeper", e);
        }
        return zk;
    }

    /** Base URLs of the live Solr nodes ({@code http://host:port/solr}), in ZooKeeper's order. */
    List<URI> live() {
        List<URI> cached = liveCache;
        if (cached != null) {
            return cached;
        }
        long changesBefore = liveChanges.get();
        List<String> names = call(() -> zk().getChildren("/live_nodes", event -> forgetLiveNodes()));
        List<URI> urls = new ArrayList<>(names.size());
        for (String name : names) {
            urls.add(url(name));
        }
        if (liveChanges.get() == changesBefore) { // else a change raced this read: read again next time
            liveCache = List.copyOf(urls);
        }
        return urls;
    }

    /** Called on any watch event (a change, or a lost session) and when a node does not answer. */
    void forgetLiveNodes() {
        liveChanges.incrementAndGet();
        liveCache = null;
    }

    /** A live node name is {@code host:port_context}, the context's slashes written as underscores. */
    static URI url(String nodeName) {
        int cut = nodeName.indexOf('_');
        String hostPort = cut < 0 ? nodeName : nodeName.substring(0, cut);
        String context = cut < 0 ? "" : "/" + nodeName.substring(cut + 1).replace('_', '/');
        return URI.create("http://" + hostPort + context);
    }

    boolean exists(String path) {
        return call(() -> zk().exists(path, false) != null);
    }

    /** Writes {@code data} at {@code path}, creating missing parents; overwrites what is there. */
    void write(String path, byte[] data) {
        call(() -> {
            ensureParents(path);
            try {
                zk().create(path, data, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            } catch (KeeperException.NodeExistsException e) {
                zk().setData(path, data, -1);
            }
            return null;
        });
    }

    private void ensureParents(String path) throws KeeperException, InterruptedException {
        int slash = path.indexOf('/', 1);
        while (slash > 0) {
            try {
                zk().create(path.substring(0, slash), new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            } catch (KeeperException.NodeExistsException e) {
                // created by us earlier or by another Quire node: fine
            }
            slash = path.indexOf('/', slash + 1);
        }
    }

    private synchronized ZooKeeper zk() {
        if (!zk.getState().isAlive()) {
            closeQuietly(zk);
            zk = open(zkHost);
            forgetLiveNodes(); // the old session's watch is gone with it
        }
        return zk;
    }

    private <T> T call(ZkCall<T> call) {
        try {
            return call.run();
        } catch (KeeperException e) {
            throw new SolrException("ZooKeeper at " + zkHost + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to ZooKeeper", e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(zk);
    }

    private static void closeQuietly(ZooKeeper zk) {
        try {
            zk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface ZkCall<T> {
        T run() throws KeeperException, InterruptedException;
    }
}
