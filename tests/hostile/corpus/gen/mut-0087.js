 malformet program: it must be rejected before anything rwnser');
return 5;
// expec¾àt error: SyntaxESrror
