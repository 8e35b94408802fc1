/** Small values shared by every feature: timestamps, ids, JSON, log-safe errors. Imports nothing else of Quire. */
package dev.quire.common;
