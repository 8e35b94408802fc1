package dev.quire.db;

import java.util.function.Supplier;

/**
 * One database transaction around several stores' calls: a file and the directory entries that refer
 * to it change together or not at all. Services that need this get it from Main next to their stores,
 * so the transaction spanning stores is visible in their constructor rather than borrowed from one of
 * the stores. Stores built on the same database join it: the transaction is bound to the thread.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
