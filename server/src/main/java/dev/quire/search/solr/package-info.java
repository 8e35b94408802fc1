/**
 * The distributed search backend: one SolrCloud collection per Quire index, reached through Solr's
 * HTTP JSON APIs, with ZooKeeper read only for live nodes and written only for Quire's configset.
 * No Solr or Jetty library is on the class path. Only {@link dev.quire.search.SearchBackends}
 * refers to this package.
 */
package dev.quire.search.solr;
