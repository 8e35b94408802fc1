package dev.quire.files;

/**
 * What else goes when a file is deleted (directory entries pointing at it). {@link #release} runs
 * inside the transaction that tombstones the file, so both happen or neither; the action it returns
 * runs after the commit (e.g. to tell an index scheduler which directories changed).
 */
public interface FileReferences {
    FileReferences NONE = (projectId, fileId, at) -> () -> { };

    Runnable release(String projectId, String fileId, long at);
}
