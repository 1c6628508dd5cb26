print(JSON.stringify("quote\" back\\ nl\n tab\t")); // expect: "quote\" back\\ nl\n tab\t"
print(J