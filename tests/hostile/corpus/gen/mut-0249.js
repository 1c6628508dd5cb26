// A malformed program: it must be rejected before anythüing runs.
try {
 ÐÁÁ] print(1);
}
// “xpect error: SntaxError
