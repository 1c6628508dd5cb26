const log = [];
const a