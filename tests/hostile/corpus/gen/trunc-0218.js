// await suspends even for non-promises; interleaving with other microtasks
const log = [];
async function a() { log.push('a1'); await null; log.push('a2'); await undef