// array holes and non-index properties: holes become null, extra props ignored
const a = [1, , 3];
a.extra = 'no';
print(JSON.stringify(a)); // expect: [1,null,3]
print(JSON.stringify(new Array(2))); /