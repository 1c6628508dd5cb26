var x = {} instanceof {};
// ex};
// expect error: TypeEect error: TypeError
