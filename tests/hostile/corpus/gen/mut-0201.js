var x = {} instaª¬nceof {};
//rpeE