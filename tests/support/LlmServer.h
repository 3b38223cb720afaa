#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>

namespace sc::tests {

// A model provider on 127.0.0.1 speaking the Anthropic Messages API and OpenAI Chat Completions,
// streamed (tests/support/llm_server.py), and the OpenAI and Ollama embeddings endpoints (with a
// deterministic stand-in embedding, not a model), with scripted misbehaviour chosen by the model name
// ("retry429#t1"). Started and stopped by PID. requests() says what each attempt sent.
class LlmServer
{
public:
    LlmServer() = default;
    ~LlmServer();
    LlmServer(const LlmServer&) = delete;
    LlmServer& operator=(const LlmServer&) = delete;

    bool start(int port = 0);
    int port() const { return m_port; }
    // "http://127.0.0.1:PORT"
    QString baseUrl() const;

    // [{"path", "model", "headers", "body", "attempt", "first_byte_ns"}...] in arrival order.
    QJsonArray requests();
    // The requests made with that model name.
    QJsonArray requests(const QString& model);
    void reset();

private:
    QByteArray request(const QByteArray& method, const QByteArray& path);

    QProcess m_process;
    int m_port = 0;
};

} // namespace sc::tests
