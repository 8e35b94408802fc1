/**
 * Options, pagination and JSON plumbing shared by all services. Imports no service or model.
 */
package com.llamacloud_prod.api.core;
