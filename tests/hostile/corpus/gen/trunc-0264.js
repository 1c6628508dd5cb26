print(null); // expect: null
print(undefined); // expect: undefined
print(null == undefined); // expect: true
print(null === undefined); // expect: false
print(null == 0); // expect: false
print(undefined == 0); // expect: false
print(null >= 0); /