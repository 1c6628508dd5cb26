// cause may hold any value, including undefined when the key exists
print(new Error('m', { cause: null }).cause, Object.hasOwn(new Error('m', { cause: undefined }), 'cause')); // expect: null true
