/** Small values shared by every feature: timestamps and ids. Imports nothing else of Quire. */
package dev.quire.common;
