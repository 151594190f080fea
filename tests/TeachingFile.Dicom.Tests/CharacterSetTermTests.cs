namespace TeachingFile.Dicom.Tests;

public class CharacterSetTermTests
{
    // Each row was encoded with the term's Python codec and decoded back by pydicom 2.3.1 (/usr/bin/python3)
    // to the expected text. Exceptions: pydicom 2.3.1 leaves the escape sequences in ISO 2022 IR 58 text and
    // lacks ISO_IR 203, so those rows were checked with Python's gb2312 and iso8859_15 codecs. The ISO 2022
    // IR 87 and 149 rows equal the Patient Name bytes of pydicom's chrH31.dcm and chrI2.dcm test files. The
    // ISO 2022 IR 159 row was encoded with Python's iso2022_jp_2 codec.
    public static TheoryData<string, string, string> Terms => new()
    {
        { "ISO_IR 6", "536D6974685E4A6F686E", "Smith^John" },
        { "ISO_IR 100", "C46E6561735E52FC6469676572", "Äneas^Rüdiger" },
        { "ISO_IR 101", "44766FF8E16B5EA3756B61737A", "Dvořák^Łukasz" },
        { "ISO_IR 109", "D575BF657070695EA161626962", "Ġużeppi^Ħabib" },
        { "ISO_IR 110", "A9F3BA6C655ED1696E61", "Šķēle^Ņina" },
        { "ISO_IR 144", "BBEEDA6365DCD17970D3", "Люкceмбypг" },
        { "ISO_IR 127", "E2C8C7E6EA5EE4E6D2C7D1", "قباني^لنزار" },
        { "ISO_IR 126", "C4E9EFEDF5F3E9EFF2", "Διονυσιος" },
        { "ISO_IR 138", "F9F8E5EF5EE3E1E5F8E4", "שרון^דבורה" },
        { "ISO_IR 148", "C761F06C61725EDEFC6B72FC", "Çağlar^Şükrü" },
        { "ISO_IR 203", "BC757672655EA475726F", "Œuvre^€uro" },
        { "ISO_IR 166", "CAC1AAD2C25EE3A8B4D5", "สมชาย^ใจดี" },
        { "ISO_IR 13", "D4CFC0DE5EC0DBB3", "ﾔﾏﾀﾞ^ﾀﾛｳ" },
        { "ISO_IR 192", "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D", "Wang^XiaoDong=王^小東=" },
        { "GB18030", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D", "Wang^XiaoDong=王^小东=" },
        { "GBK", "5A68616E675E5869616F446F6E673DD5C55ED0A1B6AB3D", "Zhang^XiaoDong=张^小东=" },
        { "ISO 2022 IR 144", "BBEEDA6365DCD17970D3", "Люкceмбypг" },
        { "ISO 2022 IR 6\\ISO 2022 IR 144", "1B2D4CBBEEDA6365DCD17970D3", "Люкceмбypг" },
        { "ISO 2022 IR 127", "E2C8C7E6EA5EE4E6D2C7D1", "قباني^لنزار" },
        { "ISO 2022 IR 6\\ISO 2022 IR 127", "1B2D47E2C8C7E6EA5E1B2D47E4E6D2C7D1", "قباني^لنزار" },
        { "ISO 2022 IR 126", "C4E9EFEDF5F3E9EFF2", "Διονυσιος" },
        { "ISO 2022 IR 6\\ISO 2022 IR 126", "1B2D46C4E9EFEDF5F3E9EFF2", "Διονυσιος" },
        { "ISO 2022 IR 138", "F9F8E5EF5EE3E1E5F8E4", "שרון^דבורה" },
        { "ISO 2022 IR 6\\ISO 2022 IR 138", "1B2D48F9F8E5EF5E1B2D48E3E1E5F8E4", "שרון^דבורה" },
        { "ISO 2022 IR 148", "C761F06C61725EDEFC6B72FC", "Çağlar^Şükrü" },
        { "ISO 2022 IR 6\\ISO 2022 IR 148", "1B2D4DC761F06C61725E1B2D4DDEFC6B72FC", "Çağlar^Şükrü" },
        { "ISO 2022 IR 100", "C46E6561735E52FC6469676572", "Äneas^Rüdiger" },
        { "ISO 2022 IR 6\\ISO 2022 IR 100", "1B2D41C46E6561735E1B2D4152FC6469676572", "Äneas^Rüdiger" },
        { "ISO 2022 IR 101", "44766FF8E16B5EA3756B61737A", "Dvořák^Łukasz" },
        { "ISO 2022 IR 6\\ISO 2022 IR 101", "1B2D4244766FF8E16B5E1B2D42A3756B61737A", "Dvořák^Łukasz" },
        { "ISO 2022 IR 109", "D575BF657070695EA161626962", "Ġużeppi^Ħabib" },
        { "ISO 2022 IR 6\\ISO 2022 IR 109", "1B2D43D575BF657070695E1B2D43A161626962", "Ġużeppi^Ħabib" },
        { "ISO 2022 IR 110", "A9F3BA6C655ED1696E61", "Šķēle^Ņina" },
        { "ISO 2022 IR 6\\ISO 2022 IR 110", "1B2D44A9F3BA6C655E1B2D44D1696E61", "Šķēle^Ņina" },
        { "ISO 2022 IR 203", "BC757672655EA475726F", "Œuvre^€uro" },
        { "ISO 2022 IR 6\\ISO 2022 IR 203", "1B2D62BC757672655E1B2D62A475726F", "Œuvre^€uro" },
        { "ISO 2022 IR 166", "CAC1AAD2C25EE3A8B4D5", "สมชาย^ใจดี" },
        { "ISO 2022 IR 6\\ISO 2022 IR 166", "1B2D54CAC1AAD2C25E1B2D54E3A8B4D5", "สมชาย^ใจดี" },
        { "ISO 2022 IR 6", "536D6974685E4A6F686E", "Smith^John" },
        { "ISO 2022 IR 13", "D4CFC0DE5EC0DBB3", "ﾔﾏﾀﾞ^ﾀﾛｳ" },
        { "\\ISO 2022 IR 87", "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842", "Yamada^Tarou=山田^太郎=やまだ^たろう" },
        { "\\ISO 2022 IR 149", "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF", "Hong^Gildong=洪^吉洞=홍^길동" },
        { "\\ISO 2022 IR 58", "5A68616E675E5869616F446F6E673D1B242941D5C55E1B242941D0A1B6AB3D", "Zhang^XiaoDong=张^小东=" },
        { "\\ISO 2022 IR 87\\ISO 2022 IR 159", "4B6F5E1B24284430211B2842", "Ko^丂" },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void GetString_DefinedTerm_DecodesTheKnownText(string specificCharacterSet, string hex, string expected)
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, specificCharacterSet);
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, Convert.FromHexString(hex));

        Assert.Equal(expected, dataset.GetString(DicomTags.PatientName));
        Assert.Empty(dataset.TextDecodingIssues);
    }

    [Fact]
    public void Terms_CoverEveryDefinedTerm()
    {
        string[] defined =
        [
            "ISO_IR 6", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127",
            "ISO_IR 126", "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 166", "ISO_IR 13", "ISO_IR 192",
            "GB18030", "GBK", "ISO 2022 IR 6", "ISO 2022 IR 100", "ISO 2022 IR 101", "ISO 2022 IR 109",
            "ISO 2022 IR 110", "ISO 2022 IR 144", "ISO 2022 IR 127", "ISO 2022 IR 126", "ISO 2022 IR 138",
            "ISO 2022 IR 148", "ISO 2022 IR 203", "ISO 2022 IR 166", "ISO 2022 IR 13", "ISO 2022 IR 87",
            "ISO 2022 IR 159", "ISO 2022 IR 149", "ISO 2022 IR 58",
        ];
        var tested = Terms.SelectMany(row => ((string)row[0]).Split('\\')).ToHashSet(StringComparer.Ordinal);

        Assert.All(defined, term => Assert.Contains(term, tested));
    }

    [Fact]
    public void GetPersonNames_Iso2022Japanese_SplitsTheThreeGroups()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, Convert.FromHexString((string)Terms.Single(row => (string)row[0] == "\\ISO 2022 IR 87")[1]));

        var name = Assert.Single(dataset.GetPersonNames(DicomTags.PatientName));

        Assert.Equal("Yamada^Tarou", name.Alphabetic);
        Assert.Equal("山田^太郎", name.Ideographic);
        Assert.Equal("やまだ^たろう", name.Phonetic);
        Assert.Equal(["山田", "太郎", "", "", ""], DicomPersonName.GetComponents(name.Ideographic));
    }

    [Fact]
    public void GetPersonNames_Gb18030TrailByteIsDelimiter_DoesNotSplit()
    {
        // "乛" is 81 5E in GB18030: its trail byte is '^', which must not split the name.
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "GB18030");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, [(byte)'L', (byte)'i', (byte)'=', 0x81, 0x5E, (byte)'^', 0xCD, 0xF5]);

        var name = Assert.Single(dataset.GetPersonNames(DicomTags.PatientName));

        Assert.Equal("Li", name.Alphabetic);
        Assert.Equal("乛^王", name.Ideographic);
        Assert.Equal(string.Empty, name.Phonetic);
    }

    [Fact]
    public void GetString_Gb2312LongText_MatchesTheStandardExample()
    {
        // PS3.5 Example K.3-1 (2024e): each line designates GB 2312 into G1 again after CR LF.
        const string Hex =
            "312E1B242941B5DAD2BBD0D0CEC4D7D6A1A30D0A" +
            "322E1B242941B5DAB6FED0D0CEC4D7D6A1A30D0A" +
            "332E1B242941B5DAC8FDD0D0CEC4D7D6A1A30D0A";
        const string Text = "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n";
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 58");
        dataset.SetBytes(DicomTags.AdditionalPatientHistory, DicomVR.LT, Convert.FromHexString(Hex));

        var decoded = dataset.GetString(DicomTags.AdditionalPatientHistory);
        dataset.SetString(DicomTags.AdditionalPatientHistory, Text);

        Assert.Equal(Text, decoded);
        Assert.Equal(Hex, Convert.ToHexString(((DicomElement)dataset[DicomTags.AdditionalPatientHistory]!).Value.ToArray()));
    }

    [Fact]
    public void GetPersonNames_MultipleValues_ParsesEach()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        dataset.SetString(DicomTags.OtherPatientNames, "Wang^XiaoDong=王^小東\\Smith^John");

        var names = dataset.GetPersonNames(DicomTags.OtherPatientNames);

        Assert.Equal(2, names.Length);
        Assert.Equal("王^小東", names[0].Ideographic);
        Assert.Equal("Smith^John", names[1].Alphabetic);
        Assert.Equal(string.Empty, names[1].Ideographic);
    }

    [Fact]
    public void GetEncoding_SameCharacterSet_ReturnsTheCachedInstance()
    {
        var first = new DicomDataset();
        first.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");
        var second = new DicomDataset();
        second.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");

        Assert.Same(first.GetEncoding(), second.GetEncoding());
        Assert.Same(first.GetEncoding(), first.GetEncoding());
    }

    [Fact]
    public void GetEncoding_CharacterSetReplaced_UsesTheNewOne()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 100");
        var latin1 = dataset.GetEncoding();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");

        Assert.Equal("iso-8859-1", latin1.WebName);
        Assert.Equal("utf-8", dataset.GetEncoding().WebName);
    }
}
