/**
 * The exception family: one type per HTTP status family, plus I/O and invalid-data errors.
 */
package com.llamacloud_prod.api.errors;
