using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Tokens;

/// <summary>The tokens of one file (ending with <see cref="TokenKind.EndOfFile"/>) and the problems found on the way.</summary>
public sealed record TokenList(IReadOnlyList<Token> Tokens, IReadOnlyList<Diagnostic> Diagnostics);
