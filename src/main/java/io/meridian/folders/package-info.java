/**
 * Folders that people save files into while the server runs (the rules and the message templates):
 * the node's background thread that scans such a folder and follows other nodes, and which files
 * have settled since they were last taken. A file is taken once it kept its size, time
 * and identity over one scan, and only once per change, so that a scan of an unchanged folder reads
 * nothing (before, every scan read and hashed every file, every second, on every node).
 *
 * <p>Public surface: {@link WatchedFolder}, {@link FolderSettings}, {@link SettledFiles}.
 */
package io.meridian.folders;
