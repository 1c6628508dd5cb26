throw
1