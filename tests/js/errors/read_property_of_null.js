var data = { user: null };
print(data.user); // expect: null
print(data.user.name);
// expect error: TypeError
