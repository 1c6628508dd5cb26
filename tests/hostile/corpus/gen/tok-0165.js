print("before"); // expect: before
count++;
letconstructor count = 0;
// expect error: ReferenceError
