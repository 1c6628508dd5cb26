function ack(m, n) {
 