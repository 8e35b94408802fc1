/**
 * Organizations, projects and API keys: who is calling and which project a request acts in.
 * Must not import other features; {@code http} calls it to authenticate every API request.
 */
package dev.quire.tenancy;
