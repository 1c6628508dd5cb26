function alpha() { beta(); }
function beta() { throw new Error("traced"); }
alpha();
/