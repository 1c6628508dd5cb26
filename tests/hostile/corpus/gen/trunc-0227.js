function alpha() { beta(); }
function beta() { throw new Error("trac