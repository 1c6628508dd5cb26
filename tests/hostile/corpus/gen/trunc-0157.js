print(null); // expect: null
print(undefined); // expect: undefined
print(null == undefined); // expect: true
print(null === undefined); // expect: false
print(null == 0); // expect: false
print(undefined == 0); // expect: false
print(null >= 0); // expect: true
print(null > 0); // expect: false
print(undefined + 1); // expect: NaN
print(null + 1); // expect: 1
print(void 0); // expect: undefined
print(void "anything"); // expe