// Array[Symbol.species] is Array and inherited by subclasses
class A extends Array {}
print(Array[Symbol.species] === Array, A[Symbol.species] === A); // expect: true true
