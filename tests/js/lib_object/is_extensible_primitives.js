// isExtensible on primitives is false, on new objects true
print(Object.isExtensible(1), Object.isExtensible('s'), Object.isExtensible(undefined), Object.isExtensible(null)); // expect: false false false false
print(Object.isExtensible({}), Object.isExtensible(Object.preventExtensions({})), Object.isExtensible(Object.seal({}))); // expect: true false false
