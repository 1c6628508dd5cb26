// hostile: expect=error
class A extends null { } new A();
