/**
 * Exceptions the engine and the domain throw for a request that cannot be served. They carry no HTTP
 * types; the web layer's error policy maps each to a status and a page or JSON body.
 */
package in.prelims.error;
