// The upstream response parser: never crashes, and reads responses arriving in pieces as it reads them whole.
#include "FuzzSupport.h"
#include "net/ResponseParser.h"

#include <string>

using sluice::net::ResponseParser;

namespace {

/** Most responses read from one input, one after the other as on a keep-alive connection. */
constexpr int kMaxResponses = 8;

/** Everything the parser reported, as text: heads, body bytes, ends and errors. */
class Transcript : public ResponseParser::BodySink {
public:
    bool onBodyBytes(std::string_view bytes) override {
        text.append(bytes);
        return true;
    }

    std::string text;
};

/** Reads the pieces as the upstream connection does, then ends the input as a close would. */
std::string readResponses(const std::vector<std::string_view>& pieces) {
    ResponseParser parser;
    parser.reset(false);
    Transcript transcript;
    std::string& text = transcript.text;
    int responses = 0;
    for (std::string_view piece : pieces) {
        size_t offset = 0;
        do {
            size_t used = 0;
            ResponseParser::Result result = parser.feed(piece.substr(offset), used, transcript);
            sluice::fuzz::require(used <= piece.size() - offset, "consumes no more than it was given");
            offset += used;
            if (result == ResponseParser::Result::NeedMore) break;
            if (result == ResponseParser::Result::HeadComplete) {
                text += "\n[head " + std::to_string(parser.status()) + (parser.keepAlive() ? " keep-alive" : "");
                for (const auto& [name, value] : parser.headers()) text += " " + name + "=" + value;
                text += "]\n";
            } else if (result == ResponseParser::Result::Complete) {
                text += "\n[complete]\n";
                if (++responses == kMaxResponses) return text;
                parser.reset(false);
            } else {
                sluice::fuzz::require(result == ResponseParser::Result::Malformed, "no stop the sink did not ask for");
                return text + "\n[malformed " + parser.error() + "]\n";
            }
        } while (offset < piece.size());
    }
    return text + (parser.finishAtClose() ? "\n[ends at the close]\n" : "\n[cut by the close]\n");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    requireSameInPieces(textOf(data, size), readResponses, "the same responses whole and in pieces");
    return 0;
}
