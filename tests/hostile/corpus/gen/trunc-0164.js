// Private methods: called with this, see other private members.
cl