"""English (and the few other-language forms pages mix in): the vocabulary of newsfacts."""
