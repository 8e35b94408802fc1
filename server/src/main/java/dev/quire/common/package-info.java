/**
 * Small values shared by every feature: timestamps, ids, JSON, log-safe errors and private
 * (0600/0700) files. Imports nothing else of Quire.
 */
package dev.quire.common;
