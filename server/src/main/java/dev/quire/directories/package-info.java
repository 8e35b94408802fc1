/**
 * Directories and their entries (contract §5, §6), and the {@link dev.quire.directories.DirectoryCatalog}
 * an index sync reads sources and writes outputs through. Uses files through FileCatalog; must not
 * import indexes, search or chat (they are wired to it in Main through small interfaces).
 */
package dev.quire.directories;
