package dev.kiji.extract;

import java.util.Arrays;
import java.util.Map;

/**
 * The folded aliases of a {@link PartyLexicon} as a char trie: a caller grows a candidate token by
 * token and walks one node per folded char, instead of building, folding and hashing the whole
 * candidate string at every step.
 *
 * <pre>{@code
 * AliasTrie.Node n = trie.root().child('北');   // null: no alias starts with 北
 * n = trie.root().child('米');                  // an alias starts with 米 ...
 * n.entry();                                    // ... and 米 itself is one (米国)
 * }</pre>
 */
final class AliasTrie {

  /** One node: the aliases that start with the chars walked so far. */
  static final class Node {
    private char[] labels = new char[0]; // sorted
    private Node[] kids = new Node[0];
    private PartyLexicon.Entry entry;

    /** The node after char {@code c}, or null when no alias continues with it. */
    Node child(char c) {
      int k = Arrays.binarySearch(labels, c);
      return k >= 0 ? kids[k] : null;
    }

    /** The entry whose folded alias ends exactly here, or null. */
    PartyLexicon.Entry entry() {
      return entry;
    }

    private Node add(char c) {
      int k = Arrays.binarySearch(labels, c);
      if (k >= 0) {
        return kids[k];
      }
      int at = -k - 1;
      char[] l = new char[labels.length + 1];
      Node[] n = new Node[kids.length + 1];
      System.arraycopy(labels, 0, l, 0, at);
      System.arraycopy(kids, 0, n, 0, at);
      System.arraycopy(labels, at, l, at + 1, labels.length - at);
      System.arraycopy(kids, at, n, at + 1, kids.length - at);
      l[at] = c;
      n[at] = new Node();
      labels = l;
      kids = n;
      return n[at];
    }
  }

  private final Node root = new Node();

  /** The trie of {@code byFoldedAlias}'s keys (each non-empty). */
  AliasTrie(Map<String, PartyLexicon.Entry> byFoldedAlias) {
    for (Map.Entry<String, PartyLexicon.Entry> e : byFoldedAlias.entrySet()) {
      Node n = root;
      for (int i = 0; i < e.getKey().length(); i++) {
        n = n.add(e.getKey().charAt(i));
      }
      n.entry = e.getValue();
    }
  }

  /** The node of the empty text. */
  Node root() {
    return root;
  }
}
