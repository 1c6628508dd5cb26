// A rejection nobody handles ends the program, like node.
async function fails() {
    await null;
    throw new RangeError("nobody catches this");
}
print("before");   // expect: before
fails();
// expect error: RangeError: nobody catches this
