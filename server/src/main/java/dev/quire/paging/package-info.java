/** Keyset paging requests and positions, shared by stores and HTTP without either depending on the other. */
package dev.quire.paging;
