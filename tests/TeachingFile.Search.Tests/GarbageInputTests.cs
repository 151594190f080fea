using TeachingFile.Core.Search;
using static TeachingFile.Search.Tests.TempIndex;

namespace TeachingFile.Search.Tests;

public sealed class GarbageInputTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public GarbageInputTests()
    {
        _temp.AddAsync(Case(1, "Pneumothorax", findings: "Pleural line (right apex).")).GetAwaiter().GetResult();
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, bool> FallbackInputs => new()
    {
        { "title:(", true },
        { "\"unbalanced", true },
        { "AND OR NOT", true },
        { "*", true },
        { "?", true },
        { "\\", true },
        { "~", true },
        { new string('(', 10 * 1024), true },
        { "(((((((((((((((((((((pneumothorax)))))))))))))))))))))", true },
        { "/[/", true },
        { "pneumothorax~9", false },
        { "title:[a TO", true },
        { "+", true },
        { "-", true },
        { "!", true },
        { ":", true },
        { "^2", true },
        { "&&", true },
        { "*thorax", true },
        { "pneumothorax (", true },
        { "pneumothorax", false },
        { "pneumo*", false },
        { "title:pneumothorax", false },
        { "\"pleural line\"", false },
        { "pneumothorax AND NOT fracture", false },
        { "pneumothroax~", false },
        { "unknownfield:pneumothorax", false },
    };

    [Theory]
    [MemberData(nameof(FallbackInputs))]
    public async Task Invalid_syntax_falls_back_to_plain_text(string text, bool expectedFallback)
    {
        var results = await _temp.SearchAsync(text);

        Assert.Equal(expectedFallback, results.FellBackToPlainText);
    }

    [Theory]
    [InlineData("\u0000\u0001pneumothorax\u0007\u001b")]
    [InlineData("pneumothorax 🫁👍🏽")]
    [InlineData("🫁")]
    [InlineData("\uD800")]
    [InlineData("\t\r\n")]
    [InlineData("pneumothorax\u202Eapex")]
    [InlineData("ﬁ ß İ pneumothorax")]
    public async Task Odd_characters_never_throw(string text)
    {
        var results = await _temp.SearchAsync(text);

        Assert.NotNull(results.Hits);
    }

    [Fact]
    public async Task Control_characters_separate_words()
    {
        var results = await _temp.SearchAsync("\u0000pneumothorax\u0007");

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Long_text_is_searched_as_plain_words()
    {
        var text = string.Concat(Enumerable.Repeat("pneumothorax ", 1000));

        var results = await _temp.SearchAsync(text);

        Assert.True(results.FellBackToPlainText);
        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Fallback_keeps_searchable_words()
    {
        var results = await _temp.SearchAsync("pneumothorax \"apex");

        Assert.True(results.FellBackToPlainText);
        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Star_alone_lists_every_case()
    {
        var results = await _temp.SearchAsync("*");

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Fallback_without_words_matches_nothing()
    {
        var results = await _temp.SearchAsync("AND OR NOT");

        Assert.Equal(0, results.TotalHits);
    }

    [Theory]
    [InlineData(-5, -1)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(0, 0)]
    public async Task Out_of_range_paging_never_throws(int skip, int take)
    {
        var results = await _temp.Index.SearchAsync(new CaseSearchQuery("pneumothorax", Skip: skip, Take: take), CancellationToken.None);

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Random_text_never_throws()
    {
        var random = new Random(20261204);
        const string alphabet = "abc ()[]{}\"'*?~^:\\/+-!&|ANDORNOT 0123456789\u0000é🫁";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var exception = await Record.ExceptionAsync(() => _temp.SearchAsync(text));
            Assert.True(exception is null, $"Input {text} threw {exception}");
        }
    }
}
