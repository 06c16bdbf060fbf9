import type { CardInput } from './types.js';

/** NLP and LLM applications: the specialization most postings now mention. */
export const nlpLlmCards: CardInput[] = [
  {
    id: 'nlp-tokenization',
    topic: 'nlp-llm',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'How do modern language models tokenize text, and why does it matter in practice?',
    answer:
      'They use subword tokenizers (byte-pair encoding, WordPiece, SentencePiece) that keep frequent words whole and split rare words into pieces, so no word is ever out of vocabulary. Token counts, not words, set the context limit, latency and the price of API calls, and non-English text or code often needs more tokens per word. A model must always be used with the tokenizer it was trained with.',
    skills: ['transformer-models', 'llm-applications'],
  },
  {
    id: 'nlp-tfidf-baseline',
    topic: 'nlp-llm',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'You need to classify support tickets into 12 categories. What is your first model?',
    answer:
      'TF-IDF features over words and word pairs feeding a logistic regression or linear SVM. It trains in seconds, is easy to explain through its top-weighted terms, and is often within a few points of much bigger models on short, domain-specific text. Then compare it with sentence embeddings plus a linear classifier and with a fine-tuned small transformer, and weigh any gain against the serving cost.',
    skills: ['text-classification'],
    tags: ['baseline'],
  },
  {
    id: 'nlp-embeddings',
    topic: 'nlp-llm',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'What are text embeddings, and what can you build with them?',
    answer:
      'An embedding maps a word, sentence or document to a dense vector so that texts with similar meaning end up close together, usually measured by cosine similarity. With a pretrained sentence-embedding model you can build semantic search, deduplication, clustering of feedback, retrieval for RAG and features for a simple classifier. Check that the model fits your domain and language, and re-embed everything when you change models, since vectors from different models are not comparable.',
    skills: ['embeddings'],
  },
  {
    id: 'nlp-self-attention',
    topic: 'nlp-llm',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Explain self-attention in a transformer at a high level.',
    answer:
      'Each token is projected into a query, a key and a value. A token’s query is compared with every key by dot product, the scores are scaled and turned into weights with softmax, and the token’s new representation is the weighted sum of the values, so every token can draw on any other token in one step. Several heads do this in parallel to capture different relations, and positional encodings supply word order. Cost grows with the square of the sequence length, which is why context length is expensive.',
    skills: ['transformer-models', 'linear-algebra'],
  },
  {
    id: 'nlp-encoder-vs-decoder',
    topic: 'nlp-llm',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What is the difference between encoder models like BERT and decoder models like GPT?',
    answer:
      'Encoder models see the whole input in both directions and are trained to fill in masked words, which makes them strong and cheap for classification, tagging and embeddings. Decoder models predict the next token from the left context only, which makes them generators: chat, summarization, code. Encoder–decoder models such as T5 read an input and write an output, which suits translation. For a classification task at scale, a fine-tuned small encoder is often cheaper and more accurate than prompting a large decoder.',
    skills: ['transformer-models'],
  },
  {
    id: 'nlp-prompt-rag-finetune',
    topic: 'nlp-llm',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt:
      'When would you use prompting, retrieval-augmented generation or fine-tuning with an LLM?',
    answer: [
      'Prompting first: fastest to try, needs no training data, and good enough for many tasks with clear instructions and a few examples.',
      'RAG when answers depend on private or changing knowledge: retrieve relevant documents at query time and put them in the prompt, so the facts stay current and citable.',
      'Fine-tuning (often parameter-efficient, such as LoRA) when you need a consistent format, style or narrow skill, or a smaller cheaper model, and you have hundreds to thousands of good examples.',
      'They combine: a fine-tuned model can still use retrieval; decide with an evaluation set, not by fashion.',
    ],
    skills: ['llm-applications'],
  },
  {
    id: 'nlp-rag-pipeline',
    topic: 'nlp-llm',
    rounds: ['technical-screen', 'system-design', 'take-home'],
    level: 'mid',
    prompt:
      'Describe the parts of a retrieval-augmented generation pipeline and where it usually fails.',
    answer: [
      'Ingestion: clean documents, split them into chunks of a few hundred tokens with some overlap, keep metadata such as source and date.',
      'Indexing: embed the chunks and store them in a vector index, often alongside keyword search (hybrid retrieval).',
      'Query time: embed the question, retrieve the top candidates, optionally re-rank them with a cross-encoder, and build a prompt with the best chunks and instructions to cite and to admit when the answer is missing.',
      'Common failures: the right chunk is never retrieved (bad chunking or embeddings), too much irrelevant context, and answers that ignore the sources.',
      'Evaluate retrieval (recall@k on labelled questions) separately from answer quality (faithfulness to sources, correctness).',
    ],
    skills: ['llm-applications', 'embeddings', 'retrieval-ranking'],
  },
  {
    id: 'nlp-llm-evaluation',
    topic: 'nlp-llm',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do you evaluate an LLM feature before and after launch?',
    answer:
      'Build a versioned set of real inputs with reference answers or grading rubrics, including edge cases and inputs that should be refused. Score with automatic checks where possible (format, exact fields, citations present), with an LLM judge calibrated against human ratings for open-ended quality, and with regular human review of samples. Track latency and cost per request too. After launch, collect user feedback and rerun the set on every prompt or model change as a regression test.',
    skills: ['llm-applications', 'evaluation-design'],
  },
  {
    id: 'nlp-hallucinations',
    topic: 'nlp-llm',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do you reduce hallucinations in an LLM-based assistant?',
    answer: [
      'Ground the answer in retrieved sources and ask the model to answer only from them, with citations the interface shows.',
      'Allow and encourage "I don’t know" when retrieval finds nothing relevant, and test that it happens.',
      'Constrain outputs: structured formats, validation of fields, lower temperature for factual tasks.',
      'Verify critical facts with code or a database lookup instead of trusting generated text.',
      'Measure the hallucination rate on an evaluation set and keep a human in the loop for high-stakes uses.',
    ],
    skills: ['llm-applications'],
  },
  {
    id: 'nlp-vector-search',
    topic: 'nlp-llm',
    rounds: ['technical-screen', 'system-design'],
    level: 'mid',
    prompt:
      'How does approximate nearest-neighbour search make vector search fast, and what do you give up?',
    answer:
      'Exact search compares the query with every vector, which is too slow at millions of items. Approximate indexes such as HNSW graphs or IVF clustering (optionally with product quantization) only visit a promising part of the collection, answering in milliseconds. The price is recall: some true nearest neighbours are missed, and parameters like the number of probed lists or the search breadth trade recall for latency and memory. Measure recall against exact search on a sample when you tune them.',
    skills: ['embeddings', 'retrieval-ranking'],
  },
  {
    id: 'nlp-ticket-classifier-pipeline',
    topic: 'nlp-llm',
    rounds: ['take-home', 'onsite'],
    level: 'entry',
    prompt:
      'Walk through building a sentiment or topic classifier for customer reviews, from data to a deployed model.',
    answer: [
      'Define the labels with the business and write labelling guidelines; label or collect a few thousand examples and check agreement on a sample.',
      'Split by time or by product so the test reflects new reviews, and keep a stratified, untouched test set.',
      'Start with a TF-IDF and logistic regression baseline, then fine-tune a small pretrained transformer and compare macro F1 and per-class scores.',
      'Analyse errors (sarcasm, mixed sentiment, other languages) and add data where the model fails.',
      'Serve it behind an API with input length limits, log predictions, and watch the label distribution for drift.',
    ],
    skills: ['text-classification', 'transformer-models', 'model-serving'],
  },
];
