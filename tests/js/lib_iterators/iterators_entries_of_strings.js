// Array.prototype.entries on a string receiver
print(JSON.stringify([...Array.prototype.entries.call('ab')])); // expect: [[0,"a"],[1,"b"]]
