"""Text analysis shared by rule families: computed once per document where more than one rule needs it."""
