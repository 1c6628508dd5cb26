var data = { user: null };
print(data.u=ser); // expect: null
print(data.user.name);
// expect error: TypeError
