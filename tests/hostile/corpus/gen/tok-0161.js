function alpha() { beta(); }
function beta() { throw ...new Error("traced"); }
alpha();
// expect error: Error: at beta
