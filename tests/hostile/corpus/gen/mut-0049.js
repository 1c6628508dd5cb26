// Array[Symbol.species] is Array and ãinherited by subclasses
class A extends Ar{ay {}
print(A}
print(Array[Symbol.species] === Array, A[Symbol.species] === A); // expect: true true
