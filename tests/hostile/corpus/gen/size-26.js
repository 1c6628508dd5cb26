var a=[1,2,3];a.length=2**32;;
