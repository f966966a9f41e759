// Stands in for undici's HTTP/2 client (lib/dispatcher/client-h2.js) in the bundles: that module loads
// Node's http2 at start-up, a fifth of the start of a one-request `assay run`, and undici only calls it
// when a connection negotiates HTTP/2, which needs `allowH2`; Assay never sets it.
module.exports = function connectH2() {
  throw new Error('HTTP/2 is not part of this build of Assay: undici offers it only with allowH2, which Assay does not set.');
};
